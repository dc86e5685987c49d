/** Taking traffic off the request path: the bounded queue, its scheduled batch writer, the flush at shutdown. */
package th.obec.esa.ict.traffic.capture;
