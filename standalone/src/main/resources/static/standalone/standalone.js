/* The standalone host's pages need no script of their own yet: forms post plainly. */
