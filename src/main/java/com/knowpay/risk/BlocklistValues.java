package com.knowpay.risk;

import com.knowpay.shared.FieldValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks and normalises what an admin types into the blocklist form. */
final class BlocklistValues {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private BlocklistValues() {
    }

    static String userId(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return String.valueOf(id);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw new FieldValidationException(Map.of("value", "A user id is a positive whole number."));
    }

    /** An IPv4 or IPv6 literal (never a host name, so nothing is looked up), in its canonical form. */
    static String ip(String value) {
        String v = value == null ? "" : value.strip();
        if (IPV4.matcher(v).matches()) {
            return v;
        }
        if (v.contains(":") && IPV6_CHARS.matcher(v).matches()) {
            try {
                return InetAddress.getByName(v).getHostAddress();
            } catch (UnknownHostException ignored) {
                // falls through to the message below
            }
        }
        throw new FieldValidationException(Map.of("value", "Enter an IPv4 or IPv6 address, e.g. 203.0.113.7."));
    }
}
