package com.knowpay.risk;

/** Outcome of a risk assessment, weakest first: the strongest verdict of all rules wins. */
public enum Verdict {
    ALLOW, REVIEW, BLOCK;

    public Verdict strongest(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
