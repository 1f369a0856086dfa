package com.knowpay.entitlement.web;

import com.knowpay.entitlement.EntitlementService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Library", description = "What the signed-in learner owns")
@SecurityRequirement(name = "bearer")
class LibraryController {

    private final EntitlementService entitlements;

    LibraryController(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    record LibraryItemJson(long courseId, String courseTitle, String orderNo, OffsetDateTime grantedAt) {
    }

    @GetMapping(path = "/api/me/library", produces = "application/json")
    @Operation(summary = "Courses the signed-in learner may open")
    List<LibraryItemJson> library() {
        return entitlements.myLibrary().stream()
                .map(i -> new LibraryItemJson(i.courseId(), i.courseTitle(), i.orderNo(), i.grantedAt().atOffset(ZoneOffset.UTC)))
                .toList();
    }
}
