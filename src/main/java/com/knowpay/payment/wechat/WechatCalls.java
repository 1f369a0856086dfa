package com.knowpay.payment.wechat;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.wechat.pay.java.core.exception.HttpException;
import com.wechat.pay.java.core.exception.MalformedMessageException;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.exception.ValidationException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One SDK call, with every failure turned into a {@link ChannelException} whose provider code is
 * WeChat Pay's error {@code code} (ORDER_NOT_EXIST, ORDERPAID, SYSTEM_ERROR…), so callers can
 * treat some codes as answers. Server errors, rate limits and transport trouble are retryable.
 */
final class WechatCalls {

    static final String NETWORK = "NETWORK";
    private static final Set<String> RETRYABLE_CODES = Set.of("SYSTEM_ERROR", "SYSTEMERROR", "FREQUENCY_LIMITED",
            "BANKERROR", "STATEMENT_CREATING", "RATELIMIT_EXCEEDED");

    private WechatCalls() {
    }

    static <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceException e) {
            throw refusal(operation, e);
        } catch (HttpException e) {
            throw new ChannelException(ChannelType.WECHAT, NETWORK, "WeChat Pay could not be reached for " + operation
                    + " (" + rootCause(e) + "); try again", true, e);
        } catch (ValidationException e) {
            throw new ChannelException(ChannelType.WECHAT, "ANSWER_NOT_VERIFIED", "WeChat Pay's answer to " + operation
                    + " did not verify; check knowpay.payment.wechat.public-key and public-key-id", false, e);
        } catch (MalformedMessageException e) {
            throw new ChannelException(ChannelType.WECHAT, "MALFORMED_ANSWER",
                    "WeChat Pay's answer to " + operation + " could not be read", true, e);
        } catch (ChannelException e) {
            throw e;
        } catch (RuntimeException e) {
            // e.g. the SDK failing to parse a non-JSON error page of a proxy or load balancer
            throw new ChannelException(ChannelType.WECHAT, "UNEXPECTED_ANSWER", "WeChat Pay's answer to " + operation
                    + " could not be read (" + e.getClass().getSimpleName() + "); try again", true, e);
        }
    }

    static void run(String operation, Runnable call) {
        call(operation, () -> {
            call.run();
            return null;
        });
    }

    private static ChannelException refusal(String operation, ServiceException e) {
        int status = e.getHttpStatusCode();
        String code = e.getErrorCode() == null || e.getErrorCode().isBlank() ? "HTTP_" + status : e.getErrorCode();
        boolean retryable = status >= 500 || status == 429 || RETRYABLE_CODES.contains(code);
        String detail = e.getErrorMessage() == null ? "" : " " + e.getErrorMessage();
        return new ChannelException(ChannelType.WECHAT, code,
                "WeChat Pay refused " + operation + ": HTTP " + status + " " + code + detail, retryable, e);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
