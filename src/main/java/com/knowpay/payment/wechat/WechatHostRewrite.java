package com.knowpay.payment.wechat;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's service URLs are fixed to WeChat Pay's hosts; this sends them to the configured
 * base URL instead (a local fake in tests, a forward proxy in odd networks). The request
 * signature covers only path and query, so it stays valid.
 */
final class WechatHostRewrite implements Interceptor {

    static final Set<String> WECHAT_HOSTS = Set.of("api.mch.weixin.qq.com", "api.wechatpay.cn", "api2.wechatpay.cn",
            "api2.mch.weixin.qq.com");

    private final HttpUrl base;

    WechatHostRewrite(URI baseUrl) {
        this.base = HttpUrl.get(baseUrl.toString());
    }

    static boolean needed(URI baseUrl) {
        return !("https".equalsIgnoreCase(baseUrl.getScheme()) && "api.mch.weixin.qq.com".equals(baseUrl.getHost())
                && baseUrl.getPort() == -1 && (baseUrl.getPath() == null || baseUrl.getPath().isEmpty()
                || baseUrl.getPath().equals("/")));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        HttpUrl url = request.url();
        if (!WECHAT_HOSTS.contains(url.host())) {
            return chain.proceed(request);
        }
        String prefix = base.encodedPath().endsWith("/")
                ? base.encodedPath().substring(0, base.encodedPath().length() - 1) : base.encodedPath();
        HttpUrl rewritten = url.newBuilder().scheme(base.scheme()).host(base.host()).port(base.port())
                .encodedPath(prefix + url.encodedPath()).build();
        return chain.proceed(request.newBuilder().url(rewritten).build());
    }
}
