package com.knowpay.payment.wechat;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The WeChat Pay channel exists only when {@code knowpay.payment.wechat.enabled=true}; then an
 * incomplete configuration stops the start-up with a message naming the missing keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "knowpay.payment.wechat", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(WechatSettings.class)
class WechatConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WechatConfiguration.class);

    @Bean
    WechatChannel wechatChannel(WechatSettings settings, Clock clock) {
        WechatAccount account = settings.resolve();
        log.info("WeChat Pay channel enabled: {}", account);
        return WechatChannel.create(account, clock);
    }
}
