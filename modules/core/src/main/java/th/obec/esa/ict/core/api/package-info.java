/**
 * What core offers the other modules through an interface (issue 20 style): so far the people of
 * the directory with their mail address and roles ({@link th.obec.esa.ict.core.api.People}), for
 * the notifications. A consumer injects the interface; its tests may give a double of it.
 */
package th.obec.esa.ict.core.api;
