package com.knowpay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "\"{0}\" is {1} fen")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0            | 0",
            "0.01         | 1",
            "0.5          | 50",
            "99.00        | 9900",
            "120          | 12000",
            "007.10       | 710",
            "\" 1\"        | 100",
            "\"10.00 \"    | 1000",
            "100000000.00 | 10000000000",
            "100000000    | 10000000000"})
    void acceptsPlainYuan(String text, long fen) {
        assertThat(Money.ofYuan(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "1e6000000", "1E+9", "1e2", "-1", "+1", "0.001", "1.000", "1..0", "1.2.3", ".5",
            "1.", "1 000", "1,000", "1_000", "１２", "١٢", "0x10", "NaN", "Infinity", "¥10", "10元", "\t1", "1\n",
            "100000000.01", "999999999999", "0000000000001", "12345678901.5"})
    void refusesAnythingButPlainYuan(String text) {
        assertThatThrownBy(() -> Money.ofYuan(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNullAndHugeTextWithoutEchoingItAll() {
        assertThatThrownBy(() -> Money.ofYuan(null)).isInstanceOf(IllegalArgumentException.class);
        String tenThousandDigits = "9".repeat(10_000);
        assertThatThrownBy(() -> Money.ofYuan(tenThousandDigits)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long").message().hasSizeLessThan(200);
        String hugeFraction = "0." + "0".repeat(10_000) + "1";
        assertThatThrownBy(() -> Money.ofYuan(hugeFraction)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofYuan("1e6000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not an amount");
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
