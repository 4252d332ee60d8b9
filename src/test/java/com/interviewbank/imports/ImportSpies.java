package com.interviewbank.imports;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The importer's beans that tests of {@link com.interviewbank.support.SharedBankTest} may make
 * fail: Mockito spies of the real beans (declared here, since they are package-private), so that
 * {@link SwitchFailureTests} shares that context instead of starting one of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MockitoSpyBean(types = OldSlugs.class)
public @interface ImportSpies {

}
