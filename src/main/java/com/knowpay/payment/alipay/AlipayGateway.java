package com.knowpay.payment.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConfig;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.internal.util.AlipayLogger;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call to the Alipay gateway through the SDK, with every failure turned into a
 * {@link ChannelException}: business refusals carry Alipay's {@code sub_code} as provider code,
 * transport trouble is retryable. Callers decide which sub codes are answers rather than errors.
 */
final class AlipayGateway {

    static final String NETWORK = "NETWORK";
    private static final Set<String> RETRYABLE_SUB_CODES = Set.of("ACQ.SYSTEM_ERROR", "isp.unknow-error",
            "isp.unknown-error", "aop.ACQ.SYSTEM_ERROR", "ACQ.SYSTEM_BUSY",
            // the bill of a day is made after ~10:00 the next day: ask again later
            "isp.bill_not_exist");

    private static final Logger log = LoggerFactory.getLogger(AlipayGateway.class);

    static {
        // The SDK logs every call with its full parameters, and "trade does not exist" (a normal
        // answer before the buyer scans) at ERROR. Our ChannelException says what matters.
        AlipayLogger.setNeedEnableLogger(false);
    }

    private final AlipayClient client;

    AlipayGateway(AlipayClient client) {
        this.client = client;
    }

    static AlipayGateway create(AlipayAccount account, Duration connectTimeout, Duration readTimeout) {
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl(account.gatewayUrl());
        config.setAppId(account.appId());
        config.setPrivateKey(account.privateKey());
        config.setAlipayPublicKey(account.alipayPublicKey());
        config.setFormat("json");
        config.setCharset("UTF-8");
        config.setSignType("RSA2");
        config.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
        config.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
        try {
            return new AlipayGateway(new DefaultAlipayClient(config));
        } catch (AlipayApiException e) {
            throw new IllegalStateException("Alipay client cannot be built from " + account + ": " + e.getErrCode());
        }
    }

    /** Executes the request; answers the response only when Alipay said yes (no {@code sub_code}). */
    <T extends AlipayResponse> T execute(String operation, AlipayRequest<T> request) {
        T response = send(operation, request);
        if (response == null) {
            throw new ChannelException(ChannelType.ALIPAY, NETWORK, "Alipay gave no answer to " + operation, true);
        }
        if (!response.isSuccess()) {
            ChannelException refusal = refusal(operation, response);
            log.debug("{}", refusal.getMessage());
            throw refusal;
        }
        return response;
    }

    private <T extends AlipayResponse> T send(String operation, AlipayRequest<T> request) {
        try {
            return client.execute(request);
        } catch (AlipayApiException e) {
            if (causedByIo(e)) {
                throw new ChannelException(ChannelType.ALIPAY, NETWORK,
                        "Alipay could not be reached for " + operation + " (" + ioCause(e) + "); try again", true, e);
            }
            throw new ChannelException(ChannelType.ALIPAY, code(e.getErrCode()),
                    "Alipay's answer to " + operation + " could not be verified or read (" + code(e.getErrCode())
                            + "); check knowpay.payment.alipay.alipay-public-key", false, e);
        } catch (RuntimeException e) {
            throw new ChannelException(ChannelType.ALIPAY, "UNEXPECTED_ANSWER",
                    "Alipay's answer to " + operation + " could not be read (" + e.getClass().getSimpleName() + ")",
                    true, e);
        }
    }

    private static ChannelException refusal(String operation, AlipayResponse response) {
        String subCode = response.getSubCode();
        boolean retryable = "20000".equals(response.getCode()) || RETRYABLE_SUB_CODES.contains(subCode);
        String message = "Alipay refused " + operation + ": " + response.getCode() + " " + response.getMsg()
                + " / " + subCode + " " + (response.getSubMsg() == null ? "" : response.getSubMsg());
        return new ChannelException(ChannelType.ALIPAY, subCode, message.trim(), retryable);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return t.getClass().getSimpleName();
            }
        }
        return "I/O error";
    }

    private static String code(String errCode) {
        return errCode == null || errCode.isBlank() ? "SDK_ERROR" : errCode;
    }
}
