package com.computeledger.bootstrap;

import com.computeledger.application.access.IssuedApiKey;
import com.computeledger.application.access.service.ApiKeyService;
import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.application.error.NotFoundException;
import com.computeledger.domain.access.ApiKey;
import com.computeledger.domain.access.ApiKeyId;
import com.computeledger.domain.access.Role;
import com.computeledger.domain.shared.InvariantViolationException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code api-key create --name NAME --role reader|editor|admin CONFIG} issues a key and prints its token once;
 * {@code api-key revoke --id ID CONFIG} revokes one; {@code api-key list CONFIG} shows every key, never a secret.
 * On the embedded H2 file the service must be stopped first (the file is locked while it runs).
 */
final class ApiKeyCommand extends LedgerCommand {

    ApiKeyCommand(PrintStream out) {
        super("api-key", "Creates, revokes or lists the API keys that writes need", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("create", "revoke", "list")
                .help("create: issue a key (--name, --role); revoke: end one (--id); list: show all");
        subparser.addArgument("--name").help("create: the key's name, recorded as the actor of its changes");
        subparser.addArgument("--role").choices(Arrays.stream(Role.values()).map(Role::lowerCase).toList())
                .setDefault(Role.EDITOR.lowerCase()).help("create: the key's role");
        subparser.addArgument("--id").help("revoke: the key's id, as list shows it");
        super.configure(subparser);
    }

    /** A refused input (a missing option, a taken name, an unknown id) is one line on stderr, not a stack trace. */
    @Override
    protected void runOn(DataSource database, Namespace namespace) {
        ApiKeyService apiKeys = LedgerServices.open(database).apiKeys();
        try {
            switch (namespace.getString("action")) {
                case "create" -> {
                    IssuedApiKey issued = apiKeys.issue(required(namespace, "name", "create"),
                            Role.named(namespace.getString("role"), "role"));
                    out.printf("API key '%s' (%s, id %s). Its token is shown this once; keep it secret:%n%s%n",
                            issued.key().name(), issued.key().role().lowerCase(), issued.key().id(), issued.token());
                }
                case "revoke" -> {
                    ApiKey revoked = apiKeys.revoke(new ApiKeyId(required(namespace, "id", "revoke")));
                    out.printf("API key '%s' (id %s) is revoked since %s%n", revoked.name(), revoked.id(),
                            revoked.revokedAt().map(Instant::toString).orElseThrow());
                }
                default -> apiKeys.list().forEach(key -> out.printf("%s  %-7s  %-8s  created %s  %s%n",
                        key.id(), key.role().lowerCase(), key.isActive() ? "active" : "revoked", key.createdAt(),
                        key.name()));
            }
        } catch (InvariantViolationException | AlreadyExistsException | NotFoundException refused) {
            throw new CommandFailure(refused.getMessage());
        }
    }

    private static String required(Namespace namespace, String option, String action) {
        String value = namespace.getString(option);
        if (value == null) {
            throw new InvariantViolationException(option, "is required: api-key " + action + " --" + option + " ...");
        }
        return value;
    }
}
