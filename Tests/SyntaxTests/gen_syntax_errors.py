# generator lands here
