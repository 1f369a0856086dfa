package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.ChannelException;
import com.knowpay.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** WeChat Pay counts integer fen; only range and currency can go wrong. */
class WechatAmountsTests {

    @Test
    void fenPassThroughUnchanged() {
        assertThat(WechatAmounts.toFen(Money.ofYuan("99.00"))).isEqualTo(9900);
        assertThat(WechatAmounts.fromFen(9900, "CNY")).isEqualTo(Money.fen(9900));
        assertThat(WechatAmounts.fromFen(null, "CNY")).isNull();
    }

    @Test
    void amountsBeyondAnIntOrInAnotherCurrencyOrZeroAreRefused() {
        assertThatThrownBy(() -> WechatAmounts.toFen(Money.fen(Integer.MAX_VALUE + 1L)))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse());
        assertThatThrownBy(() -> WechatAmounts.toFen(Money.zero())).isInstanceOf(ChannelException.class);
        assertThatThrownBy(() -> WechatAmounts.fromFen(100, "USD")).hasMessageContaining("USD");
        assertThatThrownBy(() -> WechatAmounts.fromFen(-1, "CNY")).isInstanceOf(ChannelException.class);
    }

    @Test
    void timesAreRfc3339InBeijingTime() {
        assertThat(WechatTime.format(Instant.parse("2025-01-01T16:30:00.999Z"))).isEqualTo("2025-01-02T00:30:00+08:00");
        assertThat(WechatTime.parse("2025-01-02T00:30:00+08:00")).isEqualTo(Instant.parse("2025-01-01T16:30:00Z"));
    }
}
