package com.knowpay.account;

import com.knowpay.account.security.RegistrationThrottle;
import com.knowpay.account.security.Usernames;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, look-ups and profile changes. */
@Service
@Transactional
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenService tokens;
    private final RegistrationThrottle registrationThrottle;
    private final Clock clock;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, ApiTokenService tokens,
                   RegistrationThrottle registrationThrottle, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.registrationThrottle = registrationThrottle;
        this.clock = clock;
    }

    /**
     * Self sign-up from a client (the registration form, {@code POST /api/auth/register}): every
     * attempt, whatever its outcome, counts against the client's address first.
     *
     * @throws RegistrationThrottledException when the address has used up its attempts
     */
    public UserView register(RegisterCommand cmd, String clientAddress) {
        registrationThrottle.tryAcquire(clientAddress).ifPresent(wait -> {
            throw new RegistrationThrottledException(wait);
        });
        return register(cmd);
    }

    /** Self sign-up rules without a client to throttle: for fixtures and in-process callers only. */
    public UserView register(RegisterCommand cmd) {
        Role role = cmd.role() == null ? Role.LEARNER : cmd.role();
        if (role == Role.ADMIN) {
            throw DomainException.forbidden("admin-self-registration", "Admin accounts cannot be self-registered.");
        }
        return create(cmd, role);
    }

    /** Creates any account, admins included; for start-up data and admin tooling. */
    UserView create(RegisterCommand cmd, Role role) {
        Map<String, String> errors = new LinkedHashMap<>();
        // Stored in its canonical form, the one sign-in looks up and throttles: look-alike letters are refused.
        String username = Usernames.canonical(cmd.username()).orElse("");
        String displayName = displayNameOr(cmd.displayName(), username);
        String email = blankToNull(cmd.email());
        if (!Usernames.NEW_USERNAME.matcher(username).matches()) {
            errors.put("username", "Username: 3–40 Latin letters a–z, digits, '_', '.' or '-'.");
        } else if (users.existsByUsername(username)) {
            errors.put("username", "This username is taken; please choose another.");
        }
        checkProfile(displayName, email, errors);
        PasswordPolicy.check(cmd.password(), username).ifPresent(m -> errors.put("password", m));
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        try {
            UserAccount saved = users.saveAndFlush(new UserAccount(username, displayName, email,
                    passwordEncoder.encode(cmd.password()), role, clock.instant()));
            return saved.toView();
        } catch (DataIntegrityViolationException e) {
            throw new FieldValidationException(Map.of("username", "This username is taken; please choose another."));
        }
    }

    /** The signed-in user's account. */
    @Transactional(readOnly = true)
    public UserView me() {
        return currentAccount().toView();
    }

    /** Changes the signed-in user's display name and e-mail; the menu shows the new name at once. */
    public UserView updateProfile(ProfileUpdate update) {
        UserAccount account = currentAccount();
        String displayName = displayNameOr(update.displayName(), account.getUsername());
        String email = blankToNull(update.email());
        Map<String, String> errors = new LinkedHashMap<>();
        checkProfile(displayName, email, errors);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        account.updateProfile(displayName, email);
        refreshSignedInPrincipal(users.saveAndFlush(account));
        return account.toView();
    }

    /**
     * Changes the signed-in user's password after checking the current one, and revokes all of
     * the user's API tokens: whoever might have had the old password loses their tokens too.
     */
    public void changePassword(PasswordChange change) {
        UserAccount account = currentAccount();
        Map<String, String> errors = new LinkedHashMap<>();
        if (change.currentPassword() == null || !passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            errors.put("currentPassword", "The current password is not right.");
        }
        PasswordPolicy.check(change.newPassword(), account.getUsername()).ifPresent(m -> errors.put("newPassword", m));
        if (errors.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            errors.put("newPassword", "The new password must differ from the current one.");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        account.changePassword(passwordEncoder.encode(change.newPassword()), clock.instant());
        refreshSignedInPrincipal(users.saveAndFlush(account));
        tokens.revokeAll(account.getId());
    }

    @Transactional(readOnly = true)
    public Optional<UserView> find(long id) {
        return users.findById(id).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return Usernames.canonical(username).flatMap(users::findByUsername).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    private UserAccount currentAccount() {
        long id = CurrentUser.require().userId();
        return users.findById(id).orElseThrow(() -> DomainException.notFound("account-not-found",
                "Your account no longer exists; please sign in again."));
    }

    private static void checkProfile(String displayName, String email, Map<String, String> errors) {
        if (displayName.length() > 60) {
            errors.put("displayName", "Display name: at most 60 characters.");
        }
        if (email != null && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "Please enter a valid e-mail address.");
        }
    }

    /** Keeps the session's principal in step, so the header and services see the new name at once. */
    private static void refreshSignedInPrincipal(UserAccount account) {
        var context = SecurityContextHolder.getContext();
        Authentication current = context.getAuthentication();
        if (current != null && current.getPrincipal() instanceof AccountPrincipal p && p.userId() == account.getId()) {
            AccountPrincipal fresh = AccountPrincipal.of(account);
            var replaced = UsernamePasswordAuthenticationToken.authenticated(fresh, current.getCredentials(), fresh.getAuthorities());
            replaced.setDetails(current.getDetails());
            context.setAuthentication(replaced);
        }
    }

    private static String displayNameOr(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : displayName.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
