package com.knowpay.payment;

/** The payment channels a learner can choose. Also the key of the channel registry. */
public enum ChannelType {
    ALIPAY, WECHAT, SANDBOX
}
