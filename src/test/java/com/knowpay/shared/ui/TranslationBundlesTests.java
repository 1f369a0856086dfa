package com.knowpay.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, so no screen shows a key or the other language by accident. */
class TranslationBundlesTests {

    private final Translations translations = new Translations();

    TranslationBundlesTests() throws Exception {
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    @Test
    void everyEnglishKeyHasAChineseText() {
        assertThat(minus(translations.englishKeys(), translations.chineseKeys())).isEmpty();
    }

    @Test
    void everyChineseKeyHasAnEnglishText() {
        assertThat(minus(translations.chineseKeys(), translations.englishKeys())).isEmpty();
    }

    @Test
    void patternsWithParametersFormatInBothLanguages() {
        assertThat(translations.getTranslation("account.login.locked.minutes", Locale.ENGLISH, 1)).endsWith("1 minute.");
        assertThat(translations.getTranslation("account.login.locked.minutes", Locale.ENGLISH, 15)).endsWith("15 minutes.");
        assertThat(translations.getTranslation("catalog.detail.buy", Translations.ZH, "¥9.90")).isEqualTo("立即购买 ¥9.90");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
