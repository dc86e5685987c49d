/** Application role names and the actor of an action: who really acted, and for whom. */
package th.obec.esa.ict.platform.security;
