/** JPA entities of accounts: the account and its roles. */
package dev.courseportal.domain.account.entity;
