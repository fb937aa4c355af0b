package com.computeledger.adapters.web.platform.security;

import com.computeledger.domain.access.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises the role a resource method needs above the default ({@code editor} for writes); see {@link AccessControl}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRole {

    Role value();
}
