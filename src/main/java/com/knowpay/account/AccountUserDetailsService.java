package com.knowpay.account;

import com.knowpay.account.security.Usernames;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // A name outside the username alphabet cannot exist: refused before any look-up, like an unknown one.
        return Usernames.canonical(username)
                .flatMap(users::findByUsername)
                .map(AccountPrincipal::withPasswordHash)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
