/** MicroProfile Health: ready only when the database and the directory answer. */
package th.obec.esa.ict.web.health;
