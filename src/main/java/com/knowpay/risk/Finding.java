package com.knowpay.risk;

/** What one rule concluded about one assessment, with the numbers it saw. */
record Finding(RiskRule rule, Verdict verdict, String evidence, long retryAfterSeconds) {

    static Finding review(RiskRule rule, String evidence) {
        return new Finding(rule, Verdict.REVIEW, evidence, 0);
    }

    static Finding block(RiskRule rule, String evidence) {
        return new Finding(rule, Verdict.BLOCK, evidence, 0);
    }
}
