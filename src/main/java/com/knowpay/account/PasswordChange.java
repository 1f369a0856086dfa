package com.knowpay.account;

/** A password change: the current password proves it is really the account's owner at the keyboard. */
public record PasswordChange(String currentPassword, String newPassword) {
}
