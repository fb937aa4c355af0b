package com.computeledger.bootstrap;

import com.computeledger.application.error.AlreadyExistsException;
import com.computeledger.domain.reference.Accelerator;
import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.reference.Provider;
import com.computeledger.domain.reference.ProviderId;
import com.computeledger.domain.reference.ProviderKind;
import com.computeledger.domain.shared.InvariantViolationException;
import com.computeledger.domain.shared.Require;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code register provider --id ID --name NAME --kind KIND CONFIG} and {@code register accelerator --id ID
 * --vendor V --model M --kilowatts KW CONFIG}: the reference data a deal names, added from the command line
 * (an empty ledger has none until it is imported or registered). The same use cases and rules as
 * {@code POST /api/v1/providers} and {@code /accelerators}; on the embedded H2 file the service must be stopped.
 */
final class ReferenceDataCommand extends LedgerCommand {

    ReferenceDataCommand(PrintStream out) {
        super("register", "Registers a provider or an accelerator", out);
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("what").choices("provider", "accelerator").help("what to register");
        subparser.addArgument("--id").required(true).help("its id, a lower-case slug such as coreweave or amd-mi450");
        subparser.addArgument("--name").help("provider: its name");
        subparser.addArgument("--kind").choices(Arrays.stream(ProviderKind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())
                .help("provider: what it is");
        subparser.addArgument("--vendor").help("accelerator: who makes it");
        subparser.addArgument("--model").help("accelerator: its model");
        subparser.addArgument("--kilowatts").help("accelerator: all-in power per unit in kW, such as 2.5");
        super.configure(subparser);
    }

    /** A refused registration (a taken id, a missing or invalid option) is one line on stderr, not a stack trace. */
    @Override
    protected void runOn(DataSource database, Namespace namespace) {
        LedgerServices ledger = LedgerServices.open(database);
        try {
            if ("provider".equals(namespace.getString("what"))) {
                Provider provider = ledger.providers().register(new Provider(new ProviderId(namespace.getString("id")),
                        Require.present(namespace.getString("name"), "name"), ProviderKind.valueOf(
                        Require.present(namespace.getString("kind"), "kind").toUpperCase(Locale.ROOT).replace('-', '_'))));
                out.printf("provider '%s' (%s) registered%n", provider.id().value(), provider.name());
            } else {
                Accelerator accelerator = ledger.accelerators().register(new Accelerator(
                        new AcceleratorId(namespace.getString("id")), namespace.getString("vendor"),
                        namespace.getString("model"), kilowatts(namespace.getString("kilowatts"))));
                out.printf("accelerator '%s' (%s %s, %s kW a unit) registered%n", accelerator.id().value(),
                        accelerator.vendor(), accelerator.model(),
                        accelerator.allInKilowattsPerUnit().stripTrailingZeros().toPlainString());
            }
        } catch (InvariantViolationException | AlreadyExistsException refused) {
            throw new CommandFailure(refused.getMessage());
        }
    }

    private static BigDecimal kilowatts(String text) {
        try {
            return new BigDecimal(Require.present(text, "kilowatts").strip());
        } catch (NumberFormatException notANumber) {
            throw new InvariantViolationException("kilowatts", "must be a decimal number such as 2.5");
        }
    }
}
