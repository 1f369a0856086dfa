package com.knowpay.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Look-ups by username compare the stored canonical form exactly (see {@code security.Usernames}):
 * no SQL {@code UPPER()}/{@code LOWER()}, whose folding differs from the sign-in throttle's.
 */
interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** @param canonicalUsername from {@code Usernames.canonical} */
    Optional<UserAccount> findByUsername(String canonicalUsername);

    /** @param canonicalUsername from {@code Usernames.canonical} */
    boolean existsByUsername(String canonicalUsername);
}
