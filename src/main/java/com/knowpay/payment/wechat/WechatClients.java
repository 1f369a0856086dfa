package com.knowpay.payment.wechat;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.service.billdownload.BillDownloadService;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.refund.RefundService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** The SDK services the channel uses, sharing one signed HTTP client. */
record WechatClients(NativePayService pay, RefundService refunds, BillDownloadService bills, HttpClient http,
                     NotificationParser notifications) {

    static WechatClients create(WechatAccount account, Duration connectTimeout, Duration readTimeout) {
        RSAPublicKeyConfig config = new RSAPublicKeyConfig.Builder()
                .merchantId(account.mchId())
                .privateKey(account.privateKey())
                .merchantSerialNumber(account.merchantSerialNumber())
                .publicKey(account.publicKey())
                .publicKeyId(account.publicKeyId())
                .apiV3Key(account.apiV3Key())
                .build();
        OkHttpClient.Builder ok = new OkHttpClient.Builder()
                // WeChat Pay drops idle connections after 8 s
                .connectionPool(new ConnectionPool(5, 7, TimeUnit.SECONDS))
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout);
        if (WechatHostRewrite.needed(account.baseUrl())) {
            ok.addInterceptor(new WechatHostRewrite(account.baseUrl()));
        }
        HttpClient http = new DefaultHttpClientBuilder().config(config).okHttpClient(ok.build()).build();
        return new WechatClients(
                new NativePayService.Builder().httpClient(http).build(),
                new RefundService.Builder().httpClient(http).build(),
                new BillDownloadService.Builder().httpClient(http).decryptor(config.createDecryptor()).build(),
                http,
                new NotificationParser(config));
    }
}
