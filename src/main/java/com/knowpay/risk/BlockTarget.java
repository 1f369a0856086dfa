package com.knowpay.risk;

/** What a blocklist entry names: a user id or an IP address. */
public enum BlockTarget {
    USER, IP
}
