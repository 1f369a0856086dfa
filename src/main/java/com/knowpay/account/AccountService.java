package com.knowpay.account;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.Role;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, look-ups and profile changes. */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

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
        String username = cmd.username() == null ? "" : cmd.username().trim();
        String displayName = cmd.displayName() == null || cmd.displayName().isBlank() ? username : cmd.displayName().trim();
        String email = cmd.email() == null || cmd.email().isBlank() ? null : cmd.email().trim();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "Username: 3–40 letters, digits, '_', '.' or '-'.");
        } else if (users.existsByUsernameIgnoreCase(username)) {
            errors.put("username", "This username is taken; please choose another.");
        }
        if (displayName.length() > 60) {
            errors.put("displayName", "Display name: at most 60 characters.");
        }
        if (email != null && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "Please enter a valid e-mail address.");
        }
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

    @Transactional(readOnly = true)
    public Optional<UserView> find(long id) {
        return users.findById(id).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserAccount::toView);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }
}
