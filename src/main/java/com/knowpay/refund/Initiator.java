package com.knowpay.refund;

/** Who started a refund: the learner who paid, or an admin on the learner's behalf. */
public enum Initiator { LEARNER, ADMIN }
