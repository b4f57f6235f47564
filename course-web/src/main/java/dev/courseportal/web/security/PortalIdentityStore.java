package dev.courseportal.web.security;

import dev.courseportal.domain.account.boundary.SignInService;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** The portal's own accounts as a Jakarta Security identity store; roles become groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInService.Result result = signIn.signIn(login.getCaller(), login.getPassword().getValue());
        if (!result.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.account().username(),
                result.account().roles().stream().map(Role::securityName).collect(Collectors.toSet()));
    }
}
