package com.knowpay.payment.wechat;

import com.wechat.pay.java.service.refund.model.RefundNotification;

/**
 * The SDK's refund notification model lacks the {@code mchid} the decrypted resource carries;
 * the SDK's Gson (snake_case naming) fills this field too.
 */
class MerchantRefundNotification extends RefundNotification {

    private String mchid;

    String getMchid() {
        return mchid;
    }
}
