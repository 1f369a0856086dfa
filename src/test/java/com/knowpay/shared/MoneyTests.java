package com.knowpay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void parsesAndFormatsYuanExactly() {
        assertThat(Money.ofYuan("99.00").fen()).isEqualTo(9900);
        assertThat(Money.ofYuan("0.5").fen()).isEqualTo(50);
        assertThat(Money.ofYuan("19.9").toYuanString()).isEqualTo("19.90");
        assertThat(Money.fen(1).format()).isEqualTo("¥0.01");
        assertThat(Money.fen(123456).toYuanString()).isEqualTo("1234.56");
    }

    @Test
    void refusesAmountsThatAreNotWholeFen() {
        assertThatThrownBy(() -> Money.ofYuan("0.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("1e12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticStaysInFen() {
        assertThat(Money.fen(10).plus(Money.fen(5))).isEqualTo(Money.fen(15));
        assertThat(Money.fen(10).minus(Money.fen(10)).isZero()).isTrue();
        assertThatThrownBy(() -> Money.fen(1).minus(Money.fen(2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.fen(2).isGreaterThan(Money.fen(1))).isTrue();
    }

    @Test
    void readsBackFromTheJsonItIsStoredAsEvenWhenUnknownFieldsAreRefused() {
        var mapper = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String json = mapper.writeValueAsString(Money.fen(14900));
        assertThat(json).doesNotContain("zero");
        assertThat(mapper.readValue(json, Money.class)).isEqualTo(Money.fen(14900));
    }
}
