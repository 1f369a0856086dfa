package com.knowpay.risk;

/** What is being assessed, in the one shape the engine, the log and the review queue share. */
record Subject(SubjectType type, long userId, String ip, String deviceId, String ref, Long courseId, long amountFen) {

    static Subject of(OrderRiskContext c) {
        return new Subject(SubjectType.ORDER, c.userId(), c.ip(), c.deviceId(), c.orderRef(), c.courseId(), c.amountFen());
    }

    static Subject of(PaymentRiskContext c) {
        return new Subject(SubjectType.PAYMENT, c.userId(), c.ip(), null, c.orderNo(), null, c.amountFen());
    }

    static Subject of(RefundRiskContext c) {
        return new Subject(SubjectType.REFUND, c.userId(), c.ip(), null, c.orderNo(), null, c.amountFen());
    }

    /** Orders and their payments share one hold; a refund is judged on its own. */
    java.util.Set<SubjectType> reviewGroup() {
        return type == SubjectType.REFUND ? java.util.EnumSet.of(SubjectType.REFUND)
                : java.util.EnumSet.of(SubjectType.ORDER, SubjectType.PAYMENT);
    }
}
