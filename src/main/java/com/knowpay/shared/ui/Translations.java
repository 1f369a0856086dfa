package com.knowpay.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * UI texts in English and Simplified Chinese. Each module keeps its own bundle as
 * {@code i18n/<module>.properties} (English) and {@code i18n/<module>_zh_CN.properties}
 * (UTF-8), so modules never edit one shared file. A missing key shows as !key! so it gets noticed.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ZH, Locale.ENGLISH);

    private final Map<String, String> english = new HashMap<>();
    private final Map<String, String> chinese = new HashMap<>();

    public Translations() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource r : resources) {
            String name = r.getFilename();
            if (name == null) {
                continue;
            }
            Map<String, String> target = name.endsWith("_zh_CN.properties") ? chinese : english;
            try (InputStream in = r.getInputStream()) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                p.forEach((k, v) -> {
                    if (target.put((String) k, (String) v) != null) {
                        log.warn("Translation key {} defined twice ({})", k, name);
                    }
                });
            }
        }
    }

    public static Locale closest(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : Locale.ENGLISH;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = closest(locale);
        String pattern = (l == ZH ? chinese.getOrDefault(key, english.get(key)) : english.get(key));
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
    }

    public java.util.Set<String> englishKeys() {
        return english.keySet();
    }

    public java.util.Set<String> chineseKeys() {
        return chinese.keySet();
    }
}
