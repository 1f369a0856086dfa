package com.knowpay.payment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a channel's settings the same way for every provider: required values, and secrets
 * given either inline or as a {@code …-file} path (never both). Problems are collected, so
 * start-up can name every missing key at once; no message ever contains a secret's value.
 */
public final class SettingValues {

    private SettingValues() {
    }

    public static String required(String prefix, String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(missing(prefix, name));
            return null;
        }
        return value.trim();
    }

    public static String secret(String prefix, String name, String inline, Path file, List<String> problems) {
        boolean hasInline = inline != null && !inline.isBlank();
        if (hasInline && file != null) {
            problems.add("set either " + prefix + name + " or " + prefix + name + "-file, not both");
            return null;
        }
        if (hasInline) {
            return inline.trim();
        }
        if (file == null) {
            problems.add(missing(prefix, name) + " (or set " + prefix + name + "-file)");
            return null;
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (content.isEmpty()) {
                problems.add(prefix + name + "-file " + file + " is empty");
                return null;
            }
            return content;
        } catch (IOException e) {
            problems.add(prefix + name + "-file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    public static String missing(String prefix, String name) {
        return prefix + name + " is required when " + prefix + "enabled=true";
    }
}
