package com.knowpay.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events are stored as JSON by Spring Modulith's publication registry and read back when an
 * unfinished one is re-delivered after a restart: they must survive the round trip.
 */
class OrderEventsSerializationTests {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void orderEventsRoundTrip() {
        OrderPaid paid = new OrderPaid("O1", 42, 7, "Spring Boot from Zero", 3, Money.fen(14900), ChannelType.SANDBOX,
                "P1", Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(json.readValue(json.writeValueAsString(paid), OrderPaid.class)).isEqualTo(paid);
        OrderCancelled cancelled = new OrderCancelled("O1", CancelReason.TIMEOUT, 42, 7, Money.fen(14900), Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(json.readValue(json.writeValueAsString(cancelled), OrderCancelled.class)).isEqualTo(cancelled);
        OrderPlaced placed = new OrderPlaced("O1", 42, 7, Money.fen(1), Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(json.readValue(json.writeValueAsString(placed), OrderPlaced.class)).isEqualTo(placed);
    }
}
