package com.knowpay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries stay true: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }

    /** Boundaries are written as code: every module but the open shared kernel lists what it may use. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        modules.forEach(module -> {
            String pkg = module.getBasePackage().getName();
            if (pkg.endsWith(".shared")) {
                return;
            }
            ApplicationModule declared;
            try {
                declared = Class.forName(pkg + ".package-info").getAnnotation(ApplicationModule.class);
            } catch (ClassNotFoundException e) {
                throw new AssertionError(pkg + " has no package-info.java", e);
            }
            assertThat(declared).as(pkg).isNotNull();
            assertThat(declared.allowedDependencies()).as(pkg + " allowedDependencies").isNotEmpty();
        });
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
