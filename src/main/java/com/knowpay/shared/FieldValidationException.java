package com.knowpay.shared;

import java.util.Map;

/** Bad input, field by field: the form shows each message next to its field; REST lists them. */
public class FieldValidationException extends DomainException {

    private final Map<String, String> fieldErrors;

    public FieldValidationException(Map<String, String> fieldErrors) {
        super(Kind.VALIDATION, "validation", "Please correct: " + String.join(", ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
