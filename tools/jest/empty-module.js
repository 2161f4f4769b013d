// Stands in for stylesheets imported by components under Jest.
module.exports = {};
