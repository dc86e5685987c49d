/** Sign-in throttling: failed sign-ins per user id and per address, kept in the database. */
package th.obec.esa.ict.core.signin;
