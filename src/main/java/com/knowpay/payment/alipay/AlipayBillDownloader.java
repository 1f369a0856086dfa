package com.knowpay.payment.alipay;

import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches the short-lived bill URL Alipay hands out (the token is in the URL; no signing needed). */
final class AlipayBillDownloader {

    private final HttpClient http;
    private final Duration readTimeout;

    AlipayBillDownloader(Duration connectTimeout, Duration readTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
    }

    byte[] download(String url) {
        if (url == null || url.isBlank()) {
            throw new ChannelException(ChannelType.ALIPAY, "NO_BILL_URL", "Alipay sent no bill_download_url", true);
        }
        HttpResponse<byte[]> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout).GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ChannelException(ChannelType.ALIPAY, AlipayGateway.NETWORK,
                    "Alipay's bill could not be downloaded (" + e.getClass().getSimpleName() + "); try again", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelType.ALIPAY, AlipayGateway.NETWORK,
                    "Alipay bill download was interrupted", true, e);
        }
        if (response.statusCode() != 200) {
            throw new ChannelException(ChannelType.ALIPAY, "HTTP_" + response.statusCode(),
                    "Alipay's bill download answered HTTP " + response.statusCode() + "; the URL may have expired, "
                            + "ask again", true);
        }
        return response.body();
    }
}
