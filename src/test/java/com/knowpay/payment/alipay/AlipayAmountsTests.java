package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.ChannelException;
import com.knowpay.shared.Money;
import org.junit.jupiter.api.Test;

/** Yuan strings to fen and back, exactly or not at all. */
class AlipayAmountsTests {

    @Test
    void yuanStringsRoundTripExactly() {
        assertThat(AlipayAmounts.toYuan(Money.fen(9900))).isEqualTo("99.00");
        assertThat(AlipayAmounts.toYuan(Money.fen(1))).isEqualTo("0.01");
        assertThat(AlipayAmounts.fromYuan("99.00", "total_amount")).isEqualTo(Money.fen(9900));
        assertThat(AlipayAmounts.fromYuan("0.1", "total_amount")).isEqualTo(Money.fen(10));
        assertThat(AlipayAmounts.fromYuan("100000000.00", "total_amount")).isEqualTo(Money.fen(10_000_000_000L));
        assertThat(AlipayAmounts.fromYuan("", "total_amount")).isNull();
    }

    @Test
    void anythingThatIsNotAWholeNumberOfFenIsRefused() {
        for (String bad : new String[] {"99.001", "-1.00", "1e2x", "abc"}) {
            assertThatThrownBy(() -> AlipayAmounts.fromYuan(bad, "total_amount"))
                    .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining(bad);
        }
    }

    @Test
    void zeroIsNotAnAlipayAmount() {
        assertThatThrownBy(() -> AlipayAmounts.toYuan(Money.zero())).isInstanceOf(ChannelException.class);
    }
}
