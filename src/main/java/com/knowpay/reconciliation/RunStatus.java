package com.knowpay.reconciliation;

public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED
}
