/* The value matrix page works without script: filters are a GET form and downloads plain links. */
