/** Tests of the whole EAR on Payara Server, from outside: HTTP and a real browser. */
package th.obec.esa.ict.system;
