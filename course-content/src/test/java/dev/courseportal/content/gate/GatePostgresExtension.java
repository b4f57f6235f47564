package dev.courseportal.content.gate;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one {@link GatePostgres} for the whole test run: started at the first test that asks for it, stopped
 * when the run ends (the root store closes it), so PostgreSQL starts once however many gate tests run.
 */
public final class GatePostgresExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GatePostgres.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(GatePostgresExtension.class))
                .getOrComputeIfAbsent(GatePostgres.class, type -> GatePostgres.start(), GatePostgres.class);
    }
}
