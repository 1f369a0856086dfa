package com.knowpay.payment.alipay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Alipay channel exists only when {@code knowpay.payment.alipay.enabled=true}; then an
 * incomplete configuration stops the start-up with a message naming the missing keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "knowpay.payment.alipay", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(AlipaySettings.class)
class AlipayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlipayConfiguration.class);

    @Bean
    AlipayChannel alipayChannel(AlipaySettings settings) {
        AlipayAccount account = settings.resolve();
        log.info("Alipay channel enabled: {}", account);
        return AlipayChannel.create(account);
    }
}
