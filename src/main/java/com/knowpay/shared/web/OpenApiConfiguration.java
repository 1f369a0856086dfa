package com.knowpay.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI knowPayOpenApi() {
        return new OpenAPI()
                .info(new Info().title("KnowPay API").version("1")
                        .description("Learner/client API of KnowPay. Sign in with POST /api/auth/token and send "
                                + "'Authorization: Bearer <token>'. Amounts are {value:\"99.00\", currency:\"CNY\"}; "
                                + "errors are RFC 7807 problem+json with a stable type. Provider notification "
                                + "endpoints under /api/pay/notify authenticate by signature."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
