package com.knowpay.payment;

import com.knowpay.shared.DomainException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The enabled channels, keyed by type. A channel is enabled when its bean exists (each is switched by its own property). */
@Component
class ChannelRegistry {

    private final Map<ChannelType, PaymentChannel> channels;

    ChannelRegistry(List<PaymentChannel> all) {
        Map<ChannelType, PaymentChannel> map = new EnumMap<>(ChannelType.class);
        for (PaymentChannel c : all) {
            if (map.put(c.type(), c) != null) {
                throw new IllegalStateException("Two payment channels for " + c.type());
            }
        }
        this.channels = Collections.unmodifiableMap(map);
    }

    Optional<PaymentChannel> find(ChannelType type) {
        return Optional.ofNullable(channels.get(type));
    }

    /** For a learner's choice: refuses a channel that is switched off. */
    PaymentChannel require(ChannelType type) {
        return find(type).orElseThrow(() -> DomainException.invalid("channel-unavailable",
                "This payment method is not available; please choose another."));
    }

    List<ChannelType> types() {
        return List.copyOf(channels.keySet());
    }
}
