package com.knowpay.risk;

/** What a risk assessment (and a review) is about. */
public enum SubjectType {
    ORDER, PAYMENT, REFUND
}
