package com.knowpay.risk;

/**
 * An event of another module that is also an outcome risk keeps in its history. Declared here so
 * risk's own listener ({@code RiskOutcomeHandlers}) can hear it: the modules that publish these
 * events consult risk before they act, so risk cannot import them.
 */
public interface RiskObservation {

    RiskOutcome riskOutcome();
}
